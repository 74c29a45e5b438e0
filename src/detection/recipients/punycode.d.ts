// The npm `punycode` package, imported as "punycode/" so bundlers and Jest take the package and
// never Node's deprecated built-in module of the same name. Only the two calls we use are typed.
declare module "punycode/" {
  export function toUnicode(input: string): string;
  export function toASCII(input: string): string;
}
