// The ES module face of index.cjs (one implementation, so `import` and `require` share it).
import cjs from "./index.cjs";

export const { startMock, binaryPath, Admin, AdminError, MockError } = cjs;
export default cjs;
