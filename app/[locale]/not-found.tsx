import { NotFoundMessage } from "./_components/not-found-message";

/** What notFound() renders with JavaScript; NotFoundInHtml puts the same message in the HTML. */
export default function NotFound() {
  return <NotFoundMessage />;
}
