interface AddressLike {
  street: string | null;
  postalCode: string | null;
  city: string | null;
}

/** `Storgata 1, 0155 Oslo`; missing parts are left out. */
export function formatAddress(address: AddressLike | null | undefined): string {
  if (!address) return '';
  const place = [address.postalCode, address.city].filter(Boolean).join(' ');
  return [address.street, place].filter(Boolean).join(', ');
}
