// The pane's shared layout (hints, button rows, lists, panels, the status title) as Fluent
// makeStyles: colours and sizes come from the theme's tokens, so the Office theme (light, dark,
// high contrast) reaches every border. Sizes that have no token (15 px titles, 14/18 px insets)
// keep the pane's earlier look.
import { makeStyles, tokens } from "@fluentui/react-components";

/** A title that takes focus after an action shows it with a visible ring in every theme. */
const focusRing = { ":focus": { outline: "2px solid currentColor", outlineOffset: "2px" } };

export const useLayoutStyles = makeStyles({
  hint: { margin: `${tokens.spacingVerticalSNudge} 0` },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: "18px" },
  steps: { paddingLeft: tokens.spacingHorizontalXL },
  label: { fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalXS} 0 0` },
  masked: { fontFamily: tokens.fontFamilyMonospace },
  /** A step the caseworker works through (confirmation, Digital Post): framed in the theme's stroke. */
  panel: {
    // The accessible stroke keeps the panel outline at 3:1 or more in light, dark and high contrast.
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeAccessible}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
    margin: `${tokens.spacingVerticalM} 0`,
  },
  panelTitle: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalS}`,
    ...focusRing,
  },
  statusTitle: { fontSize: "15px", fontWeight: tokens.fontWeightSemibold, margin: 0, display: "block", ...focusRing },
  statusLine: { margin: `${tokens.spacingVerticalXS} 0 0` },
  /** A native select is as wide as its longest option (IT's reason labels can be long). */
  selectRoot: { minWidth: 0, maxWidth: "100%", width: "100%" },
  select: { minWidth: 0, maxWidth: "100%", width: "100%", textOverflow: "ellipsis" },
});
