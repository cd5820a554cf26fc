// Test helper: fills a template as a historian does: uncomments the fields wanted (removing "# " from
// their lines, as an editor's toggle-comment does) and replaces each <…> placeholder there by a value.
// `twice` names fields whose one statement is copied to make two (a membership's person and party).
export function fillTemplate(text: string, uncomment: string[], values: Record<string, string | string[]>, twice: string[] = []): string {
  let lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const field = /^# (\w+):$/.exec(lines[i]!)?.[1];
    if (!field || !uncomment.includes(field)) continue;
    let j = i;
    for (; j < lines.length && lines[j]!.startsWith('# '); j++) lines[j] = lines[j]!.slice(2);
    if (twice.includes(field)) lines = [...lines.slice(0, j), ...lines.slice(i + 1, j), ...lines.slice(j)];
  }
  const queues = new Map(Object.entries(values).map(([k, v]) => [k, [v].flat()]));
  return lines.map((line) => {
    if (line.trimStart().startsWith('#')) return line;
    return line.replace(/<([^<>]+)>/g, (whole, name: string) => {
      const queue = queues.get(name);
      if (!queue?.length) throw new Error(`no value for the placeholder ${whole} in: ${line}`);
      return queue.length > 1 ? queue.shift()! : queue[0]!;
    });
  }).join('\n');
}
