// "The organisation's name joined to a word for its own channel": randers-mail.dk,
// minrandersborgerservice.dk, sikkerpost-aarhus.dk. The words below are the ones municipalities,
// regions and the state really use for their mail, login and self-service channels (the names
// of their web pages, subdomains and mailboxes), so a domain made of a protected name and only
// such words reads to a caseworker as the organisation's own address.
//
// The meaning of the word decides, not its shape: randersfc.dk (a football club), aarhushavn.dk
// (a harbour), visitaarhus.dk (a tourist office), herningbib.dk (a library), vejleamtsavis.dk (a
// newspaper), aalborgforsyning.dk (a utility), koege-gym.dk (a school), odensezoo.dk (a zoo) are
// real, independent organisations named after the town. Their words (fc, if, boldklub, zoo, havn,
// forsyning, vand, bib, bibliotek, visit, avis, amtsavis, posten, skole, gym, gymnasium, hallen,
// kirke, teater, centret, …) are therefore NOT channel words, and no word is added because it
// happens to make a test pass.

const CHANNEL_WORDS: readonly string[] = [
  // The organisation itself: "Randers Kommune" written into the domain (randers-kommune.dk);
  // "kom" is the short form municipalities used themselves (vejenkom.dk, egekom.dk), and
  // "municipality" is how their English pages name them. (Not "city": "Randers City" is the
  // town centre's trade association.)
  "kommune", "kommunen", "kommunes", "kom", "municipality",
  // Mail: the channel a phisher imitates first (mail.randers.dk, webmail.aarhus.dk, "Sikker post").
  "mail", "email", "webmail", "post", "epost", "webpost", "sikkerpost", "digitalpost", "postkasse",
  // The mail system's own login page (Outlook on the web, Microsoft 365), the classic credential
  // phish sent to public employees.
  "owa", "outlook", "office365",
  // "Sikker mail"/"secure mail": the encrypted-mail portals municipalities send links to.
  "sikker", "sikkermail", "secure", "securemail", "securepost",
  // Login and self-service: the pages a citizen or employee signs in on, and the national
  // login brands those pages show (MitID, NemID, NemLog-in).
  "login", "logon", "signin", "selvbetjening", "selvbetjeningen", "selfservice", "mitid", "nemid", "nemlogin",
  // Citizen service and the job centre: the municipal front desks (Borgerservice, Jobcenter).
  "borger", "borgere", "borgerservice", "jobcenter", "jobcentret",
  "citizen", "citizens", "citizenservice", "jobcentre",
  // IT and support: the helpdesk mails that ask employees for passwords.
  "it", "itsupport", "support", "helpdesk", "servicedesk", "itservice",
  // Contact and portals: kontakt@…, "Kontakt kommunen", self-service portals, the intranet.
  "kontakt", "contact", "portal", "intra", "intranet",
  // "My …": Danish self-service brands are "Min side", "Mit …" (MitID), English "My …".
  "my", "min", "mit", "minside",
  // "Online"/"digital" self-service ("Digital Post", "borger.dk – online selvbetjening"): the
  // words municipalities put on their digital channels. (A web firm may use them too, but then
  // it is named after itself, not after the municipality.)
  "online", "digital",
  // The country code as a word (randers-dk.com, randersdk.dk): mimics the real domain.
  "dk",
];

const WORDS: Record<string, true> = Object.create(null);
let longestWord = 0;
for (const w of CHANNEL_WORDS) {
  WORDS[w] = true;
  if (w.length > longestWord) longestWord = w.length;
}

// Channel words that local businesses use as well ("aarhus-it", "odense-online"): enough next
// to the protected label itself, not next to a name derived from the organisation's name.
const GENERIC: Record<string, true> = { it: true, online: true, digital: true, dk: true, my: true, min: true, mit: true, portal: true, support: true, contact: true, kontakt: true };

/** Is `word` a channel word that businesses use too (it, online, digital …)? */
export function isGenericChannelWord(word: string): boolean {
  return GENERIC[word] === true;
}

/** Is `word` one of the channel words? */
export function isChannelWord(word: string): boolean {
  return WORDS[word] === true;
}

/**
 * Splits `text` (hyphens removed) wholly into channel words. Returns the words, or undefined
 * when no such split exists; an empty text splits into no words. A word may span a hyphen:
 * "e-mail", "it-support" and "sikker-post" are the same words written apart.
 */
export function splitChannelWords(text: string): string[] | undefined {
  const n = text.length;
  // reach[i]: the start of the last word of a split of text[0, i), or -1.
  const reach: number[] = [0];
  for (let i = 1; i <= n; i++) {
    reach[i] = -1;
    for (let j = Math.max(0, i - longestWord); j < i; j++) {
      if (reach[j] === -1 || reach[j] === undefined) continue;
      if (!WORDS[text.slice(j, i)]) continue;
      reach[i] = j;
      break;
    }
  }
  if (reach[n] === -1) return undefined;
  const words: string[] = [];
  for (let i = n; i > 0; i = reach[i] as number) words.unshift(text.slice(reach[i] as number, i));
  return words;
}

export interface ChannelAffix {
  /** The channel words around the protected name, in order. */
  words: string[];
  /** True when a hyphen separates the protected name from every word next to it. */
  hyphenated: boolean;
}

/**
 * The protected label `bare` inside `form` (a hyphen-free spelling of the candidate label, with
 * the hyphen positions in `cuts`), with nothing but channel words before and after it.
 * The protected name must start and end at a word boundary: "xrandersmail" is not "randers".
 */
export function channelAffix(form: string, cuts: readonly number[], bare: string): ChannelAffix | undefined {
  if (form.length <= bare.length || bare === "") return undefined;
  for (let at = form.indexOf(bare); at >= 0; at = form.indexOf(bare, at + 1)) {
    const end = at + bare.length;
    const before = splitChannelWords(form.slice(0, at));
    if (!before) continue;
    const after = splitChannelWords(form.slice(end));
    if (!after) continue;
    const hyphenated = (at === 0 || cuts.indexOf(at) >= 0) && (end === form.length || cuts.indexOf(end) >= 0);
    return { words: before.concat(after), hyphenated };
  }
  return undefined;
}
