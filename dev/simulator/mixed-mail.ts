// The "mixed mail" of issue 17: a lookalike recipient (the incident), a CPR number in the
// subject and two people's numbers (synthetic twins). Shared by the pane-height measurement, the
// README screenshots and the browser tests.
export const MIXED_MAIL = {
  to: '"Ole Sagsbehandler" <sagsbehandler@anders.dk>',
  subject: "Sag om 070761-1006",
  body: "Hej Ole\n\nBarn: 070761-1006\nÆgtefælle: 070761-1014\n\nVenlig hilsen\nMette",
};
