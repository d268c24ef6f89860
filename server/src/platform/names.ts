/** A person's display name from given and family name, either of which may be missing. */
export const personName = (given: string | null | undefined, family: string | null | undefined) => `${given ?? ''} ${family ?? ''}`.trim();
