'use client';

import { createContext, useContext } from 'react';

export interface ErrorTexts {
  title: string;
  body: string;
  retry: string;
}

const Texts = createContext<ErrorTexts>({ title: '', body: '', retry: '' });

/**
 * The error boundary's three strings, handed down by the layout in the page's language: the boundary is
 * the only client code every page has, and this keeps next-intl's client runtime off public pages (#17).
 */
export function ErrorTextsProvider({ texts, children }: { texts: ErrorTexts; children: React.ReactNode }) {
  return <Texts.Provider value={texts}>{children}</Texts.Provider>;
}

export const useErrorTexts = () => useContext(Texts);
