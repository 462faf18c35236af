export const floorEdit = {
  title: "floorEdit",
};
