import type { CheckInTrend } from './check-in-trend';
import { StiffnessChart } from './StiffnessChart';

const TURN_ON = 'To follow how stiff you feel over the weeks, turn them on in Settings → Routines → Stiffness check-ins.';
const TAKES_TIME = 'Exercise done regularly tends to make a difference within two to six weeks, so give the trend some time.';

function Empty({ enabled }: { enabled: boolean }) {
  if (!enabled) return <p>Stiffness check-ins are off. {TURN_ON}</p>;
  return (
    <>
      <p>No check-ins yet. Before and after a long break&rsquo;s routine, Limber asks how stiff the area it works feels (neck, shoulders, back or hips); your answers will show here, week by week.</p>
      <p>{TAKES_TIME}</p>
    </>
  );
}

/** The six-week stiffness trend; short when check-ins are off and none were ever made. */
export function CheckIns({ trend, enabled }: { trend: CheckInTrend; enabled: boolean }) {
  return (
    <section aria-labelledby="check-ins-title">
      <h2 id="check-ins-title">Stiffness check-ins</h2>
      {trend.hasRatings ? (
        <div className="charts">
          <StiffnessChart trend={trend} />
          <div>
            <p>{TAKES_TIME}</p>
            {!enabled && <p className="fine-print">Check-ins are off now, so no new weeks will be added. {TURN_ON}</p>}
          </div>
        </div>
      ) : <Empty enabled={enabled} />}
    </section>
  );
}
