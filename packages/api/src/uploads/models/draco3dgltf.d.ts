/** The Draco decoder for Node (no types of its own); gltf-transform takes the module as it is. */
declare module "draco3dgltf" {
  const draco3d: {
    createDecoderModule(options?: object): Promise<unknown>;
    createEncoderModule(options?: object): Promise<unknown>;
  };
  export default draco3d;
}
