import { notFound } from "next/navigation";
import { Suspense } from "react";

function NotFound(): never {
  notFound();
}

/**
 * Answers 404 with `children` in the HTML itself. A notFound() that reaches the root of the render
 * makes Next send an empty error document whose text is only in the RSC payload: a blank page
 * without JavaScript. Thrown inside a Suspense boundary, it still sets the status to 404, the
 * prerendered HTML keeps the fallback (the same message), and with JavaScript the segment's
 * not-found.tsx takes over.
 */
export function NotFoundInHtml({ children }: { children: React.ReactNode }) {
  return (
    <Suspense fallback={children}>
      <NotFound />
    </Suspense>
  );
}
