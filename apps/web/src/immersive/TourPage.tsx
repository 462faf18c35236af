/** `/booths/:exhibitorId/tour`: the company's 360° tour, full page. Contract stub: the viewers helper fills it. */
export function TourPage() {
  return <div className="container page" />;
}
