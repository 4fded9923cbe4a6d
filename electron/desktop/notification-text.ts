/** What a notification says: a title, and a line or two under it. */
export interface NotificationText { title: string; body: string }
