/** What the administrators are told about the server itself: the disk's space. */
export const operations = {
  beredskab: {
    disk: {
      full: 'Serverens disk er fuld: intet nyt kan gemmes, før der er gjort plads. Det, der allerede er gemt, er i behold, og alt kan læses.',
      low: 'Serverens disk er næsten fuld: %{free} MB tilbage (%{share} %). Når den er fuld, kan intet gemmes. Sig det til driften.',
    },
  },
};
