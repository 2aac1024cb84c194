// A region's English name as said in a sentence: the engine's own English sentences and the panel's English
// words share it, and the lens, which carries no benchmark, reaches it through the panel's formatting.

/** "Germany", "the United States". */
export function regionName(region: { name: string }): string {
  return /^(united|netherlands|czech republic|philippines)\b/i.test(region.name)
    ? `the ${region.name}`
    : region.name;
}
