import type { operations as da } from '../da/operations';

export const operations: typeof da = {
  beredskab: {
    disk: {
      full: 'The server’s disk is full: nothing new can be saved until space is made. What is already saved is kept, and everything can be read.',
      low: 'The server’s disk is nearly full: %{free} MB left (%{share} %). When it is full, nothing can be saved. Tell your operations team.',
    },
  },
};
