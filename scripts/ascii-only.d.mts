/** The code with every non-ASCII UTF-16 code unit written as a \uXXXX escape (see ascii-only.mjs). */
export function asciiOnly(code: string): string;
