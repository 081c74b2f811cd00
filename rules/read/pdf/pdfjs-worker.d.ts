// pdfjs-dist ships no type declarations for its worker module (loaded only to preload the fake worker).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
