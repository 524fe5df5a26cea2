// Builds elements without innerHTML: every text goes in as text, never as markup.
const PROPERTIES = new Set(['hidden', 'disabled', 'required', 'checked', 'selected', 'value', 'readOnly', 'multiple']);

export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name === 'text') {
      element.textContent = value;
    } else if (name === 'on') {
      for (const [event, listener] of Object.entries(value)) {
        element.addEventListener(event, listener);
      }
    } else if (PROPERTIES.has(name)) {
      element[name] = value;
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(element, child);
    } else {
      element.append(child instanceof Node ? child : String(child));
    }
  }
}

/** Replaces an element's children, skipping null and false and flattening arrays as h() does. */
export function fill(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

/** Appends children, skipping null and false and flattening arrays as h() does. */
export function add(element, ...children) {
  append(element, children);
  return element;
}

let counter = 0;

/** An id unique in the page, for labels, descriptions and headings. */
export function uniqueId(prefix) {
  counter += 1;
  return `${prefix}-${counter}`;
}
