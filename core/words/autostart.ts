/** The autostart entry a Linux desktop lists among the programs started at login. */
export const autostartWords = {
  comment: 'Reminds you to take breaks from sitting',
} as const;

export type AutostartWords = typeof autostartWords;
