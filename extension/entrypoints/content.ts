// Kept tiny and ASCII-only: it only tells the panel which .docx/.pdf inputs the page has.
// Heavy code (readers, pdf.js, mammoth) loads in the side panel, never here.
export default defineContentScript({
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  runAt: 'document_idle',
  main() {
    document.documentElement.dataset.nd30Checker = 'ready';
  },
});
