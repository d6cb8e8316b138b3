import type { ErrorObject } from 'ajv';
import * as generated from '../generated/validators.js';

export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** Validators compiled from schemas/ at build time (scripts/build-data.mjs). */
export const validateNotice = generated.validateNotice as CompiledValidator;
export const validateArt13 = generated.validateArt13 as CompiledValidator;
export const validateArt14 = generated.validateArt14 as CompiledValidator;
export const validateConfig = generated.validateConfig as CompiledValidator;
