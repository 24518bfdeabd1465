// Shared by the code-server driver and the extension-host suite (no vscode import here).
/** Words a message uses when it names a section kind (missing-section findings name the kind). */
export const KIND_WORDS: Record<string, RegExp> = {
  summary: /summary|overview/i,
  responsibilities: /responsibilit|duties/i,
  education: /education|degree/i,
  licensure: /licen[cs]|certif/i,
  experience: /experience/i,
  ksa: /knowledge|skills|abilities|\bksa\b/i,
  residency: /residen/i,
  salary: /salary|pay\b|pay range|compensation|wage/i,
  benefits: /benefit/i,
  eeo: /equal|\beeo\b|non-?discrimination|opportunity/i,
  how_to_apply: /how to apply|to apply|application/i,
};
