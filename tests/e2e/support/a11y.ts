import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** axe over the whole page: its serious and critical violations, each with the elements it concerns. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  // Only violations are collected in full; the long API reference has thousands of passing nodes.
  const results = await new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** How wide the page is against its window: a page wider than the window scrolls sideways. */
export const pageWidth = (page: Page) => page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));

/**
 * Visible controls smaller than 44 × 44 CSS px (buttons, fields, selects, tabs, and links that are
 * not part of a sentence): what a thumb cannot reliably hit on a phone.
 */
export function smallTouchTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>("button, input:not([type=hidden]):not([type=file]), select, textarea, a[href], [role=button], [role=tab], summary, label[for]");
    const small: string[] = [];
    for (const el of controls) {
      // A checkbox or radio button is hit through its label.
      const choice = el instanceof HTMLInputElement && ["checkbox", "radio"].includes(el.type) ? el.labels?.[0] : undefined;
      const box = (choice ?? el).getBoundingClientRect();
      // Zero-size and visually hidden (1 px, clipped) elements are not targets.
      if (box.width <= 1 || box.height <= 1 || getComputedStyle(el).visibility === "hidden") continue;
      // A label is a target of its own only when it stands in for a control styled away (a file
      // input shown as a button); otherwise its control is measured.
      if (el instanceof HTMLLabelElement) {
        const control = el.control?.getBoundingClientRect();
        if (el.control instanceof HTMLInputElement && ["checkbox", "radio"].includes(el.control.type)) continue;
        if (control && control.width > 1 && control.height > 1) continue;
      }
      // A link inside a sentence is exempt (WCAG 2.5.8): the sentence is not a control.
      const parentText = (el.parentElement?.textContent ?? "").trim();
      if (el.tagName === "A" && !el.closest("nav") && parentText.length > (el.textContent ?? "").trim().length) continue;
      if (box.height < 44 || box.width < 44) {
        const name = (el.getAttribute("aria-label") ?? el.textContent ?? el.getAttribute("name") ?? "").trim().slice(0, 40);
        small.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} “${name}” ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return small;
  });
}
