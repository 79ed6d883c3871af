// The real root is app/[locale]/layout.tsx, which sets <html lang>; this one only passes through.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
