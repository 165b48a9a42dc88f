/**
 * The one-time pairing code an organizer reads off the back office and types on a new terminal:
 * eight characters from the API's alphabet (apps/api/src/modules/identity/devices.ts), shown as
 * `ABCD-EF23`. The alphabet leaves out 0/O and 1/I/L so the code survives being read aloud.
 */
export const pairingCodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const pairingCodeLength = 8;
const groupLength = 4;

/** Only the code's own characters, upper-cased, at most a whole code's worth. */
function codeCharacters(input: string): string {
  return [...input.toUpperCase()]
    .filter((character) => pairingCodeAlphabet.includes(character))
    .slice(0, pairingCodeLength)
    .join("");
}

/** What a code field shows for whatever was typed or pasted: `ab cd ef 23` → `ABCD-EF23`. */
export function formatPairingCode(input: string): string {
  const characters = codeCharacters(input);
  return characters.length > groupLength
    ? `${characters.slice(0, groupLength)}-${characters.slice(groupLength)}`
    : characters;
}

export function isCompletePairingCode(input: string): boolean {
  return codeCharacters(input).length === pairingCodeLength && formatPairingCode(input) === input;
}

/** The code with one more character typed (from an on-screen keypad); ignored once complete. */
export function appendToPairingCode(code: string, character: string): string {
  return formatPairingCode(`${code}${character}`);
}

/** The code with its last character removed (the separator goes with the character before it). */
export function removeLastFromPairingCode(code: string): string {
  return formatPairingCode(codeCharacters(code).slice(0, -1));
}
