export default defineBackground(() => {
  // Toolbar button opens the side panel.
  browser.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: true }).catch(() => {});
});
