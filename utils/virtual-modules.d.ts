declare module 'virtual:newslens/bundled-index' {
  const index: import('@/lib/match/compiled').CompiledIndex;
  export default index;
}
