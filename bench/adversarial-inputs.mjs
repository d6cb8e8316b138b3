// Inputs built to make a careless regular expression backtrack: long runs of one character,
// a prefix of a lexicon phrase repeated without its end, and one line of 1 MB. Shared by
// test/adversarial.test.ts (every rule must finish) and bench/run.mjs (records their times).
const MB = 1_000_000;

function repeatTo(unit, length) {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** name → notice text (plain text; the test also wraps them as Markdown and YAML). */
export function adversarialInputs(size = MB) {
  const partials = {
    spaces: ' ',
    'tabs and spaces': ' \t',
    'template prefix "kuvaa "': 'kuvaa ',
    'denial prefix "tietoja ei "': 'tietoja ei ',
    'gap phrase without end "tähän kohtaan "': 'tähän kohtaan ',
    'retention prefix "säilytetään "': 'säilytetään ',
    'right prefix "oikeus "': 'oikeus ',
    'legitimate-interest phrase "oikeutettu etu "': 'oikeutettu etu ',
    'denied right "ei ole oikeutta korjata. "': 'ei ole oikeutta korjata. ',
    'unclosed tags "<b "': '<b ',
    'unclosed comment "<!--"': '<!--',
    'entity prefix "&amp"': '&amp',
    'placeholder "{{"': '{{',
    'brackets "[insert "': '[insert ',
    'date-like "12.12."': '12.12.',
    'x placeholders "xx.xx."': 'xx.xx.',
    'e-mail-like "a.b."': 'a.b.',
    digits: '1',
    'hyphenated letters "a-"': 'a-',
    'Art. references "6 art. "': '6 art. ',
    'section numbers "1.1."': '1.1.',
    'directive prefix "<!-- noticelint-disable "': '<!-- noticelint-disable ',
  };
  const inputs = {};
  for (const [name, unit] of Object.entries(partials)) {
    inputs[`${name} × ${size} chars`] = `Tietosuojaseloste\n1. Rekisterinpitäjä\t${repeatTo(unit, size)}x\n`;
  }
  inputs[`one line of words, ${size} chars`] = `Tietosuojaseloste\n${repeatTo('tietoja säilytetään kunnes ', size)}\n`;
  inputs[`${size / 100} short lines`] = `Tietosuojaseloste\n${repeatTo('a\n', size / 50)}`;
  return inputs;
}
