/** An element with its attributes and its text or children: the islands' one way to draw. */
export function element(tag: string, attributes: Record<string, string>, children: string | readonly HTMLElement[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (typeof children === 'string') node.textContent = children;
  else node.append(...children);
  return node;
}
