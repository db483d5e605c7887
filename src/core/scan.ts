// Iterates the matches of a global regex without String#matchAll, which clones the regex on every
// call: in loops over thousands of sentences the clones cost more than the matching.

export function* eachMatch(re: RegExp, s: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m[0] === '') re.lastIndex++;
    const at = re.lastIndex;
    yield m;
    re.lastIndex = at;
  }
  re.lastIndex = 0;
}
