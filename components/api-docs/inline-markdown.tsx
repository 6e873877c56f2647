import { Fragment, type ReactNode } from "react";

// The little Markdown our OpenAPI descriptions use: paragraphs, `code` and **bold**. Rendered as
// React elements (never raw HTML), so a description can't inject markup.

function inline(text: string): ReactNode[] {
  return text.split(/(`[^`]+`|\*\*[^*]+\*\*)/g).map((part, i) => {
    if (part.startsWith("`") && part.endsWith("`") && part.length > 1) return <code key={i}>{part.slice(1, -1)}</code>;
    if (part.startsWith("**") && part.endsWith("**") && part.length > 3) return <strong key={i}>{part.slice(2, -2)}</strong>;
    return <Fragment key={i}>{part}</Fragment>;
  });
}

export function InlineMarkdown({ text, className }: { text?: string; className?: string }) {
  if (!text) return null;
  return (
    <div className={className}>
      {text.split(/\n{2,}/).map((paragraph, i) => (
        <p key={i}>{inline(paragraph.replace(/\n\s*/g, " "))}</p>
      ))}
    </div>
  );
}
