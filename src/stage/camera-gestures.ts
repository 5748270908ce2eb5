// The embed reaches the scene through the stage: whether the camera takes the wheel and touch gestures.
export { setCameraGestures } from '../scene/camera-input.ts'
