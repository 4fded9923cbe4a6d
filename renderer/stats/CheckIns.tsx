import { statsWords } from '../../core/words/stats';
import type { CheckInTrend } from './check-in-trend';
import { StiffnessChart } from './StiffnessChart';

const words = statsWords.checkIns;

function Empty({ enabled }: { enabled: boolean }) {
  if (!enabled) return <p>{words.off}</p>;
  return (
    <>
      <p>{words.noneYet}</p>
      <p>{words.takesTime}</p>
    </>
  );
}

/** The six-week stiffness trend; short when check-ins are off and none were ever made. */
export function CheckIns({ trend, enabled }: { trend: CheckInTrend; enabled: boolean }) {
  return (
    <section aria-labelledby="check-ins-title">
      <h2 id="check-ins-title">{words.title}</h2>
      {trend.hasRatings ? (
        <div className="charts">
          <StiffnessChart trend={trend} />
          <div>
            <p>{words.takesTime}</p>
            {!enabled && <p className="fine-print">{words.offNow}</p>}
          </div>
        </div>
      ) : <Empty enabled={enabled} />}
    </section>
  );
}
