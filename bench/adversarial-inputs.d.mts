/** name → notice text; see adversarial-inputs.mjs. */
export function adversarialInputs(size?: number): Record<string, string>;
