/** A tilted ticket with the city's name: decoration for the hero on wide screens, hidden from assistive technology. */
export function TicketArt({ city, day }: { city: string; day: string }) {
  return (
    <div aria-hidden="true" className="pointer-events-none relative hidden select-none lg:block">
      <div className="absolute inset-6 rotate-6 rounded-[1.75rem] bg-gold-300/20 blur-2xl" />
      <div className="relative flex w-80 rotate-[5deg] overflow-hidden rounded-[1.75rem] bg-gradient-to-br from-brand-500 via-brand-600 to-brand-800 shadow-pop ring-1 ring-white/20">
        <div className="flex-1 p-7">
          <div className="flex gap-1.5">
            {[0, 1, 2, 3, 4, 5].map((bulb) => (
              <span
                key={bulb}
                className="size-2 rounded-full bg-gold-200 shadow-[0_0_10px_2px] shadow-gold-300/60"
              />
            ))}
          </div>
          <p className="mt-10 text-4xl leading-none font-extrabold tracking-tight text-white">{city}</p>
          <p className="mt-3 text-sm font-medium text-white/75">{day}</p>
          <div className="mt-8 flex h-10 items-end gap-[3px]">
            {[3, 1, 2, 1, 3, 2, 1, 1, 3, 1, 2, 3, 1, 2, 1, 3, 2, 1, 2, 1].map((width, bar) => (
              <span key={bar} className="h-full bg-white/85" style={{ width }} />
            ))}
          </div>
        </div>
        <div className="relative w-16 border-l-2 border-dashed border-white/35 bg-black/10">
          <span className="absolute -top-4 -left-4 size-8 rounded-full bg-night-950" />
          <span className="absolute -bottom-4 -left-4 size-8 rounded-full bg-night-950" />
          <span className="absolute inset-0 grid place-items-center">
            <span className="size-7 rounded-full border-2 border-gold-200/80" />
          </span>
        </div>
      </div>
    </div>
  );
}
