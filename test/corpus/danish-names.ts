// Danish first names and surnames for the generated salutation corpus (issue 19).
//
// Source: Danmarks Statistik, "Navne i hele befolkningen" (statistikbanken.dk, subject Navne;
// the yearly releases, e.g. https://www.dst.dk/da/Statistik/nyheder-analyser-publ/nyt/NytHtml?cid=48028
// for 1 January 2024 and cid=26288 for 2018, which list the top surnames). The lists below are the
// most common first names (men and women, by the first given name) and surnames of the whole
// population as those releases report them; the order within a list is approximate and does not
// matter to the corpus. A few common names of Danes with roots elsewhere are among the first names,
// as they are in the statistics. Synthetic people only: every combination is generated.

export const FIRST_NAMES: readonly string[] = [
  // men
  "Peter", "Michael", "Jens", "Lars", "Thomas", "Henrik", "Søren", "Christian", "Martin", "Jan",
  "Niels", "Anders", "Morten", "Jesper", "Mads", "Rasmus", "Hans", "Per", "Jørgen", "Ole",
  "Mikkel", "Kim", "Frederik", "Nikolaj", "Kasper", "Bent", "Poul", "Brian", "Torben", "Lasse",
  "Carsten", "Mathias", "Jakob", "Oliver", "Emil", "Simon", "Steen", "Jonas", "Allan", "Kenneth",
  "Daniel", "Erik", "Flemming", "Claus", "Tobias", "Kristian", "John", "Lucas", "William", "Noah",
  "Bjørn", "Knud", "Finn", "Magnus", "Victor",
  // women
  "Anne", "Kirsten", "Mette", "Hanne", "Helle", "Anna", "Susanne", "Lene", "Maria", "Marianne",
  "Lone", "Camilla", "Pia", "Louise", "Inge", "Charlotte", "Bente", "Tina", "Gitte", "Ida",
  "Karen", "Emma", "Julie", "Jette", "Sofie", "Birgit", "Ulla", "Malene", "Maja", "Christina",
  "Laura", "Anja", "Katrine", "Lise", "Signe", "Caroline", "Nanna", "Birthe", "Else", "Rikke",
  "Sara", "Freja", "Sanne", "Mia", "Karin", "Trine", "Line", "Heidi", "Åse", "Dorthe",
  // common among Danes with roots elsewhere
  "Mohammad", "Ali", "Fatima", "Ahmed", "Zainab",
];

export const SURNAMES: readonly string[] = [
  "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen",
  "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen",
  "Knudsen", "Jakobsen", "Jacobsen", "Mikkelsen", "Olesen", "Frederiksen", "Laursen", "Henriksen", "Lund", "Schmidt",
  "Eriksen", "Holm", "Kristiansen", "Clausen", "Simonsen", "Svendsen", "Andreasen", "Iversen", "Jeppesen", "Mogensen",
  "Jespersen", "Nissen", "Lauridsen", "Frandsen", "Østergaard", "Jepsen", "Kjær", "Carlsen", "Vestergaard", "Jessen",
  "Nørgaard", "Dahl", "Christoffersen", "Skov", "Søndergaard", "Bertelsen", "Bruun", "Lassen", "Bach", "Gregersen",
  "Friis", "Steffensen", "Kjeldsen", "Krogh", "Winther", "Toft", "Ravn", "Dam", "Berg", "Hussain",
];
