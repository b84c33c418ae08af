/**
 * Where a requested page of the schedule falls: the number of pages (at least one, even with no
 * events), and whether the request is past the last page, as an old link or a hand-edited URL
 * can be. The page then says so and links to the last page instead of showing an empty list.
 */
export function schedulePagination(total: number, requestedPage: number, pageSize: number): { page: number; pages: number; beyondLast: boolean } {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return { page: requestedPage, pages, beyondLast: requestedPage > pages };
}
