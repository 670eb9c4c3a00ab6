// The corpus lives beside the source so the data-layer tests type it too (src/data/hostileText.emulator.test.ts).
export { HOSTILE_CORPUS, HOSTILE_SAMPLE } from '../../src/testing/hostile';
