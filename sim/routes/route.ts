import type { Answer } from '../http.ts'
import type { SimOptions } from '../options.ts'
import type { World } from '../world.ts'

/** What an API route gets once the request is authenticated. */
export interface RouteInput {
  body: string
  options: SimOptions
  world: World
}

/** A route's answer; `counted` when it is a success that `expireAfterRequests` counts. */
export interface RouteAnswer {
  answer: Answer
  counted: boolean
}

export type Route = (input: RouteInput) => RouteAnswer
