import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";

export const metadata: Metadata = {
  title: { default: "Sieve capture", template: "%s · Sieve capture" },
  description: "Photograph receipts and invoices; follow each one as Sieve reads it",
  manifest: "/capture.webmanifest",
  appleWebApp: { capable: true, title: "Sieve", statusBarStyle: "black-translucent" },
  icons: { icon: "/icons/icon-192.png", apple: "/icons/apple-touch-icon.png" },
};

export const viewport: Viewport = { themeColor: "#101826", width: "device-width", initialScale: 1, viewportFit: "cover" };

export default function CaptureLayout({ children }: { children: ReactNode }) {
  return children;
}
