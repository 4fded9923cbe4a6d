// A file for the vocabulary test: a quick reset in a comment is not shown, so it is not flagged.
export const Sample = ({ seconds }: { seconds: number }) => <p title={`${seconds} s`}>
  {'Time for a quick reset'}
  Longest stretch
  {`a ${seconds}-second micro-break`}
</p>;
