/**
 * Hostile input every free-text field and search box must survive: nothing executes, every $filter holds
 * the input as exactly one literal, and the text is stored and shown exactly as typed.
 */
export const HOSTILE_CORPUS: readonly string[] = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=window.__pwned=1>',
  // eslint-disable-next-line no-script-url -- RATIONALE: a hostile input to prove such URLs never run.
  'javascript:window.__pwned=1',
  "x' or Title ne '",
  "O'Brien & Sons #1 + 50%",
  "') or substringof('a',Title) or ('",
  '<![CDATA[<Where><Eq><FieldRef Name="Title"/></Eq></Where>]]>',
  '<View><Query><Where><IsNotNull><FieldRef Name="ID"/></IsNotNull></Where></Query></View>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '\u202Eevil\u202C right-to-left override',
  'مرحبا بالعالم — Arabic, right to left',
  'zero\u200Bwidth\u200Djoiner\uFEFF',
  'Emoji 👮‍♀️🚓 and flags 🇬🇧',
  '%00%27%22%3Cscript%3E',
  '100% & #hash + plus ? query = equals',
  'A'.repeat(10000)
];

/** A small sample for fields other than a form's main text field (the full corpus runs once per form). */
export const HOSTILE_SAMPLE: readonly string[] = [HOSTILE_CORPUS[0], HOSTILE_CORPUS[4], HOSTILE_CORPUS[5], HOSTILE_CORPUS[13]];
