import type { ArticleAnalysis } from '../../../db/repositories/analysis';
import type { FigureRow } from '../../../db/schema';
import { formatDate } from '../../components/format';
import { MEASURE_LABEL, formatUsd } from './format-figure';

/** Props of FiguresPanel. */
export interface FiguresPanelProps {
  analysis: ArticleAnalysis;
  /** Shows the figure's passage in the text. */
  onShow(figure: FigureRow): void;
}

function nameOf(analysis: ArticleAnalysis, ref: string | null): string | null {
  if (!ref) return null;
  return analysis.entities.get(ref)?.name ?? ref;
}

function Roles({ analysis, figure }: { analysis: ArticleAnalysis; figure: FigureRow }) {
  const investor = nameOf(analysis, figure.investor);
  const recipient = nameOf(analysis, figure.recipient);
  const roles =
    investor && recipient
      ? `${investor} → ${recipient}`
      : investor
        ? `from ${investor}`
        : recipient
          ? `into ${recipient}`
          : null;
  return roles ? <span className="figure-roles">{roles}</span> : null;
}

/** One claim: its figure as written (restatements in brackets), in USD, measure, roles and warnings. */
function ClaimItem({ analysis, claim, onShow }: FiguresPanelProps & { claim: Claim }) {
  const [figure, ...restated] = claim;
  const warnings = [...new Set(claim.flatMap((row) => row.warnings))];
  return (
    <li>
      <button
        type="button"
        className={warnings.length ? 'figure warned' : 'figure'}
        title="Show in the text"
        onClick={() => onShow(figure)}
      >
        <span className="figure-head">
          <span className="figure-text">
            {figure.approx ? `${figure.approx} ` : ''}
            {figure.text}
            {restated.length ? ` (${restated.map((row) => row.text).join(', ')})` : ''}
          </span>
          {figure.usd !== null && figure.currency !== 'USD' ? (
            <span className="figure-usd">≈ {formatUsd(figure.usd)}</span>
          ) : null}
        </span>
        <span className="figure-meta">
          <span className="figure-measure">{MEASURE_LABEL[figure.measure]}</span>
          {figure.asOf ? <span>as of {formatDate(figure.asOf) || figure.asOf}</span> : null}
        </span>
        <Roles analysis={analysis} figure={figure} />
        {warnings.map((warning) => (
          <span key={warning} className="figure-warning">
            ⚠ {warning}
          </span>
        ))}
      </button>
    </li>
  );
}

/** Figures stated as one claim ("JPY5 billion ($6.6 million)") grouped together, in text order. */
type Claim = [FigureRow, ...FigureRow[]];

function byClaim(figures: FigureRow[]): Claim[] {
  const groups: Claim[] = [];
  const claims = new Map<string, Claim>();
  for (const figure of figures) {
    const group = figure.claim ? claims.get(figure.claim) : undefined;
    if (group) {
      group.push(figure);
      continue;
    }
    const fresh: Claim = [figure];
    if (figure.claim) claims.set(figure.claim, fresh);
    groups.push(fresh);
  }
  return groups;
}

/** The article's figures (as written, in USD, what they measure, who invests where) and its agreements. */
export function FiguresPanel({ analysis, onShow }: FiguresPanelProps) {
  const claims = byClaim(analysis.figures.filter((figure) => figure.status !== 'rejected'));
  return (
    <>
      <section className="panel-section" aria-label="Figures">
        <h2 className="panel-heading">Figures</h2>
        {claims.length === 0 ? <p className="panel-empty">No figures found.</p> : null}
        <ul className="figure-list">
          {claims.map((claim) => (
            <ClaimItem key={claim[0].id} analysis={analysis} claim={claim} onShow={onShow} />
          ))}
        </ul>
      </section>
      {analysis.agreements.length ? (
        <section className="panel-section" aria-label="Agreements">
          <h2 className="panel-heading">Agreements</h2>
          <ul className="agreement-list">
            {analysis.agreements.map((agreement) => (
              <li key={agreement.id}>
                <span className="agreement-kind">{agreement.kind}</span>{' '}
                {agreement.parties.map((ref) => nameOf(analysis, ref)).join(' · ') || 'parties not named'}
                {agreement.date ? (
                  <span className="agreement-date"> · {formatDate(agreement.date) || agreement.date}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
