/** Title words that may sit inside a capitalised chain before a name ("Foreign Minister Catherine Colonna"). */
export const TITLE_HEADS = new Set(
  "president minister ambassador chairman chairwoman chair secretary director governor senator representative general admiral commissioner chancellor king queen prince princess pope judge justice mayor premier chief coach captain leader spokesman spokeswoman spokesperson envoy commander founder professor researcher scientist economist editor correspondent officer manager executive adviser advisor lawmaker attorney lawyer head analyst specialist coordinator administrator official deputy diplomat investigator astronaut player striker goalkeeper champion author reporter ceo cfo chairperson vice-president".split(
    " ",
  ),
);
