/** A job's name in words from the catalogue (`app.jobs.names.<job>`); a job it does not know shows its stable name. */
export const jobName = (translate: (key: string, options?: object) => string, job: unknown): string =>
  job ? translate(`app.jobs.names.${String(job)}`, { _: String(job) }) : '';
