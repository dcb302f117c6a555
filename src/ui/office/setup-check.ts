// Which field of the office setup form a registration request could not sign: name, address
// and contact are signed into it and must pass the text policy (docs/FORMAT.md §7.1.1).
import { textDefect } from '../../core/model/text-policy';

/** The texts of the setup form that are signed. */
export interface SignedSetupTexts {
  readonly name: string;
  readonly address: string;
  readonly contact: string;
}

/** The first signed field a writer would refuse (checked as it will be signed: NFC, trimmed), or undefined. */
export function unsignableField(p: SignedSetupTexts): keyof SignedSetupTexts | undefined {
  return (['name', 'address', 'contact'] as const).find((f) => textDefect(p[f].normalize('NFC').trim()));
}
