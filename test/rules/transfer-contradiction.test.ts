import { describe, expect, it } from 'vitest';
import { lint } from '../helpers.js';

const rule = 'transfer-contradiction';

async function contradictions(source: string, file: string, language: 'fi' | 'sv' | 'en'): Promise<[string, number, number, number | undefined][]> {
  const { RULES } = await import('../../src/rules/index.js');
  const rules = Object.fromEntries(RULES.map((r) => [r.meta.id, r.meta.id === rule ? 'error' : 'off'])) as Record<string, 'error' | 'off'>;
  return (await lint(source, file, { language, rules }))
    .filter((finding) => finding.ruleId === rule)
    .map((finding) => [finding.messageId, finding.line, finding.column, finding.relatedLocations?.[0]?.line]);
}

describe(rule, () => {
  it('fi: "ei siirretä EU:n ulkopuolelle" and Google Analytics → reported at the service, related to the denial', async () => {
    const source = '## Siirrot\n\nTietoja ei siirretä EU:n tai ETA:n ulkopuolelle.\n\n## Evästeet\n\nKäytämme Google Analytics -palvelua.\n';
    expect(await contradictions(source, 'n.md', 'fi')).toEqual([['contradiction', 7, 10, 3]]);
  });
  it('sv: denial and a transfer to the USA', async () => {
    const source = '## Tredjeland\n\nVi överför inte uppgifter utanför EU/EES.\n\n## Leverantörer\n\nNyhetsbrevet skickas med Mailchimp.\n';
    expect(await contradictions(source, 'n.md', 'sv')).toEqual([['contradiction', 7, 26, 3]]);
  });
  it('en: denial and "servers in the United States"', async () => {
    const source = '## Transfers\n\nWe do not transfer data outside the EEA.\n\n## Hosting\n\nOur servers are located in the United States.\n';
    expect(await contradictions(source, 'n.md', 'en')).toEqual([['contradiction', 7, 32, 3]]);
  });
  it('does not report services qualified with an EU region, or a single statement', async () => {
    expect(
      await contradictions(
        '## Siirrot\n\nTietoja ei siirretä EU:n ulkopuolelle.\n\n## Järjestelmät\n\n- Amazon Web Services (AWS) ja Google Cloud EU-alueella\n',
        'n.md',
        'fi',
      ),
    ).toEqual([]);
    expect(await contradictions('## Tredjeland\n\nVi överför inte uppgifter utanför EU/EES.\n', 'n.md', 'sv')).toEqual([]);
    expect(
      await contradictions(
        '## Transfers\n\nWe do not transfer data outside the EEA. We use Microsoft 365 in the EU Data Boundary, in the EU region.\n',
        'n.md',
        'en',
      ),
    ).toEqual([]);
  });
  it("names the denial it contradicts in the notice's language (fi, sv, en)", async () => {
    const { RULES } = await import('../../src/rules/index.js');
    const rules = Object.fromEntries(RULES.map((r) => [r.meta.id, r.meta.id === rule ? 'error' : 'off'])) as Record<string, 'error' | 'off'>;
    const relatedOf = async (source: string, language: 'fi' | 'sv' | 'en'): Promise<[number, number, string][]> =>
      (await lint(source, 'n.md', { language, rules })).flatMap((finding) =>
        (finding.relatedLocations ?? []).map((related): [number, number, string] => [related.line, related.column, related.message]),
      );
    expect(await relatedOf('## Siirrot\n\nTietoja ei siirretä EU:n ulkopuolelle.\n\nUutiskirjeet lähetetään Mailchimp-palvelulla.\n', 'fi')).toEqual([
      [3, 1, 'Toteamus, ettei tietoja siirretä EU:n/ETA:n ulkopuolelle.'],
    ]);
    expect(await relatedOf('## Tredjeland\n\nVi överför inte uppgifter utanför EU/EES.\n\nVi använder Mailchimp.\n', 'sv')).toEqual([
      [3, 1, 'Uppgiften att inga personuppgifter överförs utanför EU/EES.'],
    ]);
    expect(await relatedOf('## Transfers\n\nWe do not transfer data outside the EEA.\n\nWe use Mailchimp.\n', 'en')).toEqual([
      [3, 1, 'The statement that no data leaves the EU/EEA.'],
    ]);
  });
});

describe(`${rule}: scope of a denial, and what is no third country`, () => {
  it('a denial scoped to the rest ("other", "edellä mainitun lisäksi", "övriga") is no contradiction', async () => {
    const en =
      '## Transfers\n\nNewsletters are sent with Mailchimp, which relies on the EU–US Data Privacy Framework. Other personal data is not transferred outside the EU/EEA.\n';
    expect(await contradictions(en, 'n.md', 'en')).toEqual([]);
    const fi =
      '## Siirrot\n\nUutiskirjeet lähetetään Mailchimpillä, ja siirto perustuu EU:n ja Yhdysvaltain tietosuojakehykseen. Edellä mainitun lisäksi tietoja ei siirretä EU:n ulkopuolelle.\n';
    expect(await contradictions(fi, 'n.md', 'fi')).toEqual([]);
    const sv = '## Tredjeland\n\nNyhetsbrev skickas med Mailchimp enligt EU-US Data Privacy Framework. Övriga personuppgifter överförs inte utanför EU/EES.\n';
    expect(await contradictions(sv, 'n.md', 'sv')).toEqual([]);
  });
  it('a blanket denial still contradicts a service named elsewhere', async () => {
    const en = '## Transfers\n\nPersonal data is not transferred outside the EU/EEA.\n\n## Newsletter\n\nNewsletters are sent with Mailchimp.\n';
    expect(await contradictions(en, 'n.md', 'en')).toEqual([['contradiction', 7, 27, 3]]);
  });
  it('en: "US" inside "EU–US Data Privacy Framework" or "EU-U.S." names no country', async () => {
    const source =
      '## Transfers\n\nWe do not transfer personal data outside the EEA.\n\n## Background\n\nWe follow the EU–US Data Privacy Framework and the end of the EU-U.S. Privacy Shield.\n';
    expect(await contradictions(source, 'n.md', 'en')).toEqual([]);
  });
  it('a named EU place or a bare "EU" location cell qualifies the service on its line or in its sentence', async () => {
    const fi =
      '## Siirrot\n\nTietoja ei siirretä EU:n ulkopuolelle.\n\n## Palvelut\n\n| Palvelu | Sijainti |\n|---|---|\n| Microsoft Azure | EU (Irlanti) |\n| Stripe | EU |\n\nKäytämme myös Microsoft 365 -palvelua, jonka\npalvelimet sijaitsevat EU-alueella.\n';
    expect(await contradictions(fi, 'n.md', 'fi')).toEqual([]);
    const en = '## Transfers\n\nWe do not transfer data outside the EEA.\n\n## Hosting\n\nFiles are kept on Amazon Web Services in Frankfurt.\n';
    expect(await contradictions(en, 'n.md', 'en')).toEqual([]);
    const sv = '## Tredjeland\n\nVi överför inte uppgifter utanför EU/EES.\n\n## E-post\n\nE-post hanteras av Microsoft 365 med servrar på Irland.\n';
    expect(await contradictions(sv, 'n.md', 'sv')).toEqual([]);
  });
  it('a qualifier in another list item does not cover a service', async () => {
    const source = '## Transfers\n\nWe do not transfer data outside the EEA.\n\n## Services\n\n- Cloudflare: content delivery\n- Hetzner: hosting in Germany\n';
    expect(await contradictions(source, 'n.md', 'en')).toEqual([['contradiction', 7, 3, 3]]);
  });
});

describe(`${rule}: a service named with its EU region`, () => {
  it('en, fi: "Firebase EU" is hosted in the EU; "Firebase" alone is not', async () => {
    const denial = '## Transfers\n\nWe do not transfer data outside the EEA.\n\n## Apps\n\n';
    expect(await contradictions(`${denial}Crash reports go to Firebase EU.\n`, 'n.md', 'en')).toEqual([]);
    expect(await contradictions(`${denial}Crash reports go to Firebase.\n`, 'n.md', 'en')).toEqual([['contradiction', 7, 21, 3]]);
    expect(
      await contradictions('## Siirrot\n\nTietoja ei siirretä EU:n ulkopuolelle.\n\n## Sovellus\n\nKäytämme Firebase EU -palvelua.\n', 'n.md', 'fi'),
    ).toEqual([]);
  });
});
