/** Common Norwegian given and family names, combined at random: synthetic people, not real ones. */
export const GIVEN_NAMES = [
  'Anne', 'Inger', 'Kari', 'Marit', 'Ingrid', 'Liv', 'Eva', 'Berit', 'Astrid', 'Hilde', 'Nina', 'Ida', 'Silje',
  'Ingeborg', 'Camilla', 'Sara', 'Nora', 'Emma', 'Maja', 'Tone', 'Randi', 'Solveig', 'Hanne', 'Marte', 'Aisha',
  'Jan', 'Per', 'Bjørn', 'Ole', 'Lars', 'Kjell', 'Knut', 'Arne', 'Svein', 'Hans', 'Geir', 'Terje', 'Thomas',
  'Morten', 'Espen', 'Magnus', 'Jonas', 'Henrik', 'Sindre', 'Eirik', 'Ali', 'Mohammed', 'Tor', 'Øyvind', 'Håkon',
] as const;

export const FAMILY_NAMES = [
  'Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Jensen', 'Karlsen',
  'Johnsen', 'Pettersen', 'Eriksen', 'Berg', 'Haugen', 'Hagen', 'Johannessen', 'Andreassen', 'Jacobsen', 'Dahl',
  'Jørgensen', 'Halvorsen', 'Henriksen', 'Lund', 'Sørensen', 'Jakobsen', 'Moen', 'Gundersen', 'Iversen', 'Strand',
  'Solberg', 'Svendsen', 'Eide', 'Knutsen', 'Martinsen', 'Paulsen', 'Bakken', 'Kristoffersen', 'Mathisen', 'Lie',
  'Amundsen', 'Nguyen', 'Rasmussen', 'Ali', 'Lunde', 'Solheim', 'Berge', 'Moe', 'Nygård', 'Bakke', 'Fredriksen',
] as const;

export const STREETS = ['Storgata', 'Kirkegata', 'Skolegata', 'Parkveien', 'Torggata', 'Fjellveien', 'Sjøgata', 'Elvegata', 'Bakkeveien', 'Solveien'] as const;
