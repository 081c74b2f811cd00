export default defineBackground(() => {
  console.log('nd30 background started');
});
